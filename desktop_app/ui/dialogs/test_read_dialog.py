"""Test read: raw registers of a device and their value in every word order.

The quickest way to find a meter's byte/word order: compare the four decodings with the number
on its display. Runs on the bus's own link between polls, so it also works on a busy RS-485 line.
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.commissioning import commissioning_read
from desktop_app.ui.context import AppContext
from desktop_app.ui.problem_text import error_text
from desktop_app.ui.run_query import run_query
from domain.instruments import BusConfig, DataType, DeviceConfig, TagConfig
from drivers.modbus.codec import CodecError
from drivers.modbus.commissioning import FUNCTION_TABLES, RawRead, decode_all_orders


class TestReadDialog(QDialog):
    __test__ = False  # a dialog, not a pytest test class

    def __init__(
        self,
        context: AppContext,
        bus: BusConfig,
        device: DeviceConfig | None = None,
        tag: TagConfig | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context, self.bus = context, bus
        self.setWindowTitle(self.tr("Test read — %1").replace("%1", bus.name))
        self.resize(820, 620)
        self.unit_spin = _spin(0, 247, device.unit_id if device else 1)
        self.function_combo = QComboBox()
        for function, table in FUNCTION_TABLES.items():
            self.function_combo.addItem(f"{function:02d} · {table.value}", function)
        self.address_spin = _spin(0, 65535, tag.address if tag else 0)
        self.manual_label = QLabel()
        self.count_spin = _spin(1, 125, tag.register_count if tag else 2)
        self.type_combo = QComboBox()
        for data_type in DataType:
            self.type_combo.addItem(data_type.value, data_type.value)
        if tag is not None and tag.register_type.is_modbus:
            self.function_combo.setCurrentIndex(tag.register_type.function_code - 1)
            self.type_combo.setCurrentText(tag.data_type.value)
        else:
            self.type_combo.setCurrentText(DataType.FLOAT32.value)
        self.read_button = QPushButton(self.tr("Read"))
        self.read_button.setMinimumHeight(40)
        self.read_button.clicked.connect(self.read)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.registers = QTableWidget(0, 4)
        self.registers.setHorizontalHeaderLabels(
            [self.tr("Address"), self.tr("Manual number"), self.tr("Hex"), self.tr("Decimal")]
        )
        self.orders = QTableWidget(0, 2)
        self.orders.setHorizontalHeaderLabels([self.tr("Word order"), self.tr("Value")])
        self.orders.horizontalHeader().setStretchLastSection(True)
        self.registers.horizontalHeader().setStretchLastSection(True)
        self.frames = QPlainTextEdit()
        self.frames.setReadOnly(True)
        self.frames.setMaximumHeight(90)
        form = QFormLayout()
        address_row = QHBoxLayout()
        address_row.addWidget(self.address_spin)
        address_row.addWidget(self.manual_label)
        form.addRow(self.tr("Unit id"), self.unit_spin)
        form.addRow(self.tr("Function"), self.function_combo)
        form.addRow(self.tr("Address (0-based)"), address_row)
        form.addRow(self.tr("Count"), self.count_spin)
        form.addRow(self.tr("Decode as"), self.type_combo)
        tables = QHBoxLayout()
        tables.addWidget(self.registers, 3)
        tables.addWidget(self.orders, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.read_button)
        layout.addWidget(self.status_label)
        layout.addLayout(tables, 1)
        layout.addWidget(QLabel(self.tr("Frames (hex)")))
        layout.addWidget(self.frames)
        self.address_spin.valueChanged.connect(self._show_manual)
        self.function_combo.currentIndexChanged.connect(self._show_manual)
        self._show_manual()
        self.last: RawRead | None = None

    @Slot()
    def read(self) -> None:
        runtime, actor, bus = self.context.runtime, self.context.session.actor, self.bus
        unit, function = self.unit_spin.value(), int(self.function_combo.currentData())
        address, count = self.address_spin.value(), self.count_spin.value()
        self.read_button.setEnabled(False)
        self.status_label.setText(self.tr("Reading…"))
        run_query(
            self,
            lambda: commissioning_read(runtime, actor, bus, unit, function, address, count),
            self._show,
            self._failed,
        )

    def _show(self, result: RawRead) -> None:
        self.last = result
        self.read_button.setEnabled(True)
        state = self.tr("OK") if result.ok else (result.error or result.status.value)
        self.status_label.setText(f"{state} · {result.latency_ms:.1f} ms")
        table = FUNCTION_TABLES[result.function]
        values = list(result.registers) or [int(b) for b in result.bits]
        self.registers.setRowCount(len(values))
        for row, value in enumerate(values):
            address = result.address + row
            cells = (
                f"{address} (0x{address:04X})",
                str(table.manual_number(address)),
                f"0x{value:04X}",
                str(value),
            )
            for column, text in enumerate(cells):
                self.registers.setItem(row, column, QTableWidgetItem(text))
        self._show_orders(list(result.registers))
        self.frames.setPlainText(
            "\n".join(f"{f.direction.value.upper()}  {f.hex()}" for f in result.frames)
        )

    def _show_orders(self, registers: list[int]) -> None:
        data_type = DataType(self.type_combo.currentData())
        size = len(registers) if data_type is DataType.STRING else data_type.register_count
        if len(registers) < size or not registers:
            self.orders.setRowCount(0)
            return
        decoded = decode_all_orders(registers[:size], data_type, bit=0)
        self.orders.setRowCount(len(decoded))
        for row, (order, value) in enumerate(decoded.items()):
            if isinstance(value, CodecError):
                text = f"— ({value})"
            elif isinstance(value, float):
                text = f"{value:.7g}"
            else:
                text = str(value)
            self.orders.setItem(row, 0, QTableWidgetItem(order.value))
            self.orders.setItem(row, 1, QTableWidgetItem(text))

    def _failed(self, error: BaseException) -> None:
        self.read_button.setEnabled(True)
        self.status_label.setText(error_text(error))

    @Slot()
    def _show_manual(self) -> None:
        table = FUNCTION_TABLES[int(self.function_combo.currentData())]
        self.manual_label.setText(
            self.tr("= manual number %1").replace(
                "%1", str(table.manual_number(self.address_spin.value()))
            )
        )


def _spin(low: int, high: int, value: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setValue(value)
    spin.setMinimumHeight(36)
    return spin
