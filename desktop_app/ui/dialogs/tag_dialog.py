"""Add or edit a tag. The address is entered either way — 0-based PDU address or the manual's
3xxxx/4xxxx number — and the other is shown beside it, the most common commissioning slip."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from desktop_app.ui.dialogs.form_dialog import FormDialog
from domain.instrument_rules import Problem, tag_problems
from domain.instruments import DataType, DeviceConfig, RegisterType, TagConfig, WordOrder


class TagDialog(FormDialog):
    def __init__(
        self,
        device: DeviceConfig,
        modbus: bool,
        tag: TagConfig | None = None,
        label_en: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._modbus = modbus
        table = RegisterType.HOLDING_REGISTER if modbus else RegisterType.FIELD
        self._original = tag or TagConfig(0, device.id, f"{device.name}_", "", table, 0)
        self.setWindowTitle(self.tr("Edit tag") if tag else self.tr("Add tag"))
        o = self._original
        self.name_edit = QLineEdit(o.name)
        self.label_edit = QLineEdit(o.label)
        self.label_en_edit = QLineEdit(label_en)
        self.unit_edit = QLineEdit(o.unit)
        self.table_combo = QComboBox()
        tables = {
            RegisterType.HOLDING_REGISTER: self.tr("Holding registers (03, 4xxxx)"),
            RegisterType.INPUT_REGISTER: self.tr("Input registers (04, 3xxxx)"),
            RegisterType.COIL: self.tr("Coils (01, 0xxxx)"),
            RegisterType.DISCRETE_INPUT: self.tr("Discrete inputs (02, 1xxxx)"),
        }
        for kind, text in tables.items():
            self.table_combo.addItem(text, kind.value)
        self.address_spin = _int_spin(0, 65535, o.address)
        self.manual_label = QLabel()
        self.manual_spin = _int_spin(1, 465536, 1)
        address_row = QWidget()
        row = QHBoxLayout(address_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.address_spin)
        row.addWidget(self.manual_label)
        row.addWidget(self.manual_spin)
        self.type_combo = QComboBox()
        for data_type in DataType:
            self.type_combo.addItem(data_type.value, data_type.value)
        self.type_combo.setCurrentText(o.data_type.value)
        self.order_combo = QComboBox()
        for order in WordOrder:
            self.order_combo.addItem(order.value, order.value)
        self.order_combo.setCurrentText(o.word_order.value)
        self.bit_spin = _int_spin(0, 15, o.bit or 0)
        self.length_spin = _int_spin(1, 125, max(1, o.length))
        self.scale_spin = _number(o.scale, 6)
        self.offset_spin = _number(o.offset, 4)
        self.deadband_spin = _number(o.deadband, 4, low=0)
        self.silence_spin = _number(o.max_silence_s, 0, low=1, high=86_400, suffix=" s")
        self.interval_spin = _number(o.poll_interval_s or 0.0, 1, low=0, high=86_400, suffix=" s")
        self.interval_spin.setSpecialValueText(self.tr("as the device"))
        self.counter_check = QCheckBox(self.tr("Cumulative counter (energy, volume)"))
        self.counter_check.setChecked(o.is_counter)
        self.rollover_spin = _number(o.rollover or 0.0, 2, low=0, high=1e18)
        self.rollover_spin.setSpecialValueText(self.tr("none"))
        self.max_rate_spin = _number(o.max_rate or 0.0, 3, low=0, high=1e12, suffix=" /s")
        self.max_rate_spin.setSpecialValueText(self.tr("judge from history"))
        self.max_rate_spin.setToolTip(
            self.tr(
                "The largest rise per second the meter can really count. Larger rises are "
                "flagged as implausible and not added to consumption."
            )
        )
        self.field_edit = QLineEdit(o.field)
        for field, caption, widget in (
            ("name", self.tr("Name (key)"), self.name_edit),
            ("label", self.tr("Chinese label"), self.label_edit),
            ("label_en", self.tr("English label"), self.label_en_edit),
            ("unit", self.tr("Unit"), self.unit_edit),
        ):
            self.add_row(field, caption, widget)
        if modbus:
            self.table_combo.setCurrentIndex(
                max(0, list(tables).index(o.register_type) if o.register_type in tables else 0)
            )
            self.add_row("register_type", self.tr("Register table"), self.table_combo)
            self.add_row("address", self.tr("Address (0-based · manual number)"), address_row)
            self.add_row("data_type", self.tr("Data type"), self.type_combo)
            self.add_row("word_order", self.tr("Byte/word order"), self.order_combo)
            self.add_row("bit", self.tr("Bit"), self.bit_spin)
            self.add_row("length", self.tr("Registers (2 characters each)"), self.length_spin)
        else:
            self.add_row("field", self.tr("Field (regex group name)"), self.field_edit)
        for field, caption, widget in (
            ("scale", self.tr("Scale (value = raw × scale + offset)"), self.scale_spin),
            ("offset", self.tr("Offset"), self.offset_spin),
            ("deadband", self.tr("Deadband (store only larger changes)"), self.deadband_spin),
            ("max_silence_s", self.tr("Store at least every"), self.silence_spin),
            ("poll_interval_s", self.tr("Poll interval"), self.interval_spin),
            ("is_counter", "", self.counter_check),
            ("rollover", self.tr("Counter rolls over at"), self.rollover_spin),
            ("max_rate", self.tr("Largest believable rise"), self.max_rate_spin),
        ):
            self.add_row(field, caption, widget)
        self.address_spin.valueChanged.connect(self._address_changed)
        self.manual_spin.valueChanged.connect(self._manual_changed)
        self.table_combo.currentIndexChanged.connect(self._address_changed)
        self.type_combo.currentIndexChanged.connect(self._type_changed)
        self.counter_check.toggled.connect(self._counter_changed)
        self._address_changed()
        self._type_changed()
        self._counter_changed()

    def register_type(self) -> RegisterType:
        return RegisterType(self.table_combo.currentData()) if self._modbus else RegisterType.FIELD

    def value(self) -> TagConfig:
        data_type = DataType(self.type_combo.currentData())
        counter = self.counter_check.isChecked()
        return replace(
            self._original,
            name=self.name_edit.text().strip(),
            label=self.label_edit.text().strip(),
            unit=self.unit_edit.text().strip(),
            register_type=self.register_type(),
            address=self.address_spin.value() if self._modbus else 0,
            data_type=data_type if self._modbus else DataType.FLOAT64,
            word_order=WordOrder(self.order_combo.currentData()),
            bit=self.bit_spin.value() if data_type is DataType.BIT else None,
            length=self.length_spin.value() if data_type is DataType.STRING else 0,
            scale=self.scale_spin.value(),
            offset=self.offset_spin.value(),
            deadband=self.deadband_spin.value(),
            max_silence_s=self.silence_spin.value(),
            poll_interval_s=self.interval_spin.value() or None,
            is_counter=counter,
            rollover=(self.rollover_spin.value() or None) if counter else None,
            max_rate=(self.max_rate_spin.value() or None) if counter else None,
            field=self.field_edit.text().strip(),
        )

    def label_en(self) -> str:
        return self.label_en_edit.text().strip()

    def problems(self) -> list[Problem]:
        return tag_problems(self.value(), modbus=self._modbus)

    @Slot()
    def _address_changed(self) -> None:
        table = self.register_type()
        if not table.is_modbus:
            return
        self.manual_spin.blockSignals(True)
        self.manual_spin.setValue(table.manual_number(self.address_spin.value()))
        self.manual_spin.blockSignals(False)
        self.manual_label.setText("=")

    @Slot()
    def _manual_changed(self) -> None:
        number = self.manual_spin.value()
        table = self.register_type()
        for width in (10_000, 100_000):
            rest = number % width
            if rest >= 1 and table.manual_number(rest - 1) == number:
                self.address_spin.blockSignals(True)
                self.address_spin.setValue(rest - 1)
                self.address_spin.blockSignals(False)
                return

    @Slot()
    def _counter_changed(self) -> None:
        counter = self.counter_check.isChecked()
        self.set_row_visible("rollover", counter)
        self.set_row_visible("max_rate", counter)

    @Slot()
    def _type_changed(self) -> None:
        data_type = DataType(self.type_combo.currentData())
        if self._modbus:
            self.set_row_visible("bit", data_type is DataType.BIT)
            self.set_row_visible("length", data_type is DataType.STRING)
            self.set_row_visible(
                "word_order", data_type.register_count > 1 or data_type is DataType.STRING
            )


def _int_spin(low: int, high: int, value: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setValue(value)
    return spin


def _number(
    value: float, decimals: int, low: float = -1e12, high: float = 1e12, suffix: str = ""
) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(low, high)
    spin.setDecimals(decimals)
    spin.setSuffix(suffix)
    spin.setValue(value)
    return spin
