"""Add or edit a bus: a Modbus TCP gateway, an RS-485 line, or a serial device server."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QLineEdit, QSpinBox, QWidget

from desktop_app.ui.dialogs.form_dialog import FormDialog
from desktop_app.ui.run_query import run_query
from domain.instrument_rules import STANDARD_BAUDRATES, Problem, bus_problems
from domain.instruments import BusConfig, BusKind
from drivers.serial_ports import list_serial_ports


class BusDialog(FormDialog):
    def __init__(self, bus: BusConfig | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._original = bus or BusConfig(0, "", BusKind.MODBUS_TCP, host="", port=502)
        self.setWindowTitle(self.tr("Edit bus") if bus else self.tr("Add bus"))
        self.name_edit = QLineEdit(self._original.name)
        self.name_en_edit = QLineEdit(self._original.name_en)
        self.kind_combo = QComboBox()
        kinds = {
            BusKind.MODBUS_TCP: self.tr("Modbus TCP (gateway or meter on the network)"),
            BusKind.MODBUS_RTU: self.tr("Modbus RTU on a serial line (RS-485)"),
            BusKind.MODBUS_RTU_OVER_TCP: self.tr("Modbus RTU over TCP (serial device server)"),
            BusKind.ASCII_SERIAL: self.tr("Text instrument on a serial line"),
            BusKind.ASCII_TCP: self.tr("Text instrument via a serial device server (TCP)"),
        }
        for kind, text in kinds.items():
            self.kind_combo.addItem(text, kind.value)
        self.kind_combo.setCurrentIndex(list(kinds).index(self._original.kind))
        self.host_edit = QLineEdit(self._original.host)
        self.port_spin = _spin(1, 65535, self._original.port)
        self.serial_combo = QComboBox()
        self.serial_combo.setEditable(True)
        self.serial_combo.setEditText(self._original.serial_port)
        self.baud_combo = QComboBox()
        for rate in STANDARD_BAUDRATES:
            self.baud_combo.addItem(str(rate), rate)
        self.baud_combo.setCurrentText(str(self._original.baudrate))
        self.parity_combo = QComboBox()
        for code, text in (
            ("N", self.tr("None (N)")),
            ("E", self.tr("Even (E)")),
            ("O", self.tr("Odd (O)")),
        ):
            self.parity_combo.addItem(text, code)
        self.parity_combo.setCurrentIndex("NEO".index(self._original.parity))
        self.stopbits_spin = _spin(1, 2, self._original.stopbits)
        self.bytesize_spin = _spin(7, 8, self._original.bytesize)
        self.timeout_spin = _seconds(0.05, 30, self._original.timeout_s)
        self.delay_spin = _seconds(0, 5, self._original.inter_request_delay_s)
        self.retries_spin = _spin(0, 5, self._original.retries)
        self.enabled_check = QCheckBox(self.tr("Poll this bus"))
        self.enabled_check.setChecked(self._original.enabled)
        self.add_row("name", self.tr("Name"), self.name_edit)
        self.add_row("name_en", self.tr("English name"), self.name_en_edit)
        self.add_row("kind", self.tr("Kind"), self.kind_combo)
        self.add_row("host", self.tr("Host"), self.host_edit)
        self.add_row("port", self.tr("TCP port"), self.port_spin)
        self.add_row("serial_port", self.tr("Serial port"), self.serial_combo)
        self.add_row("baudrate", self.tr("Baud rate"), self.baud_combo)
        self.add_row("parity", self.tr("Parity"), self.parity_combo)
        self.add_row("stopbits", self.tr("Stop bits"), self.stopbits_spin)
        self.add_row("bytesize", self.tr("Data bits"), self.bytesize_spin)
        self.add_row("timeout_s", self.tr("Response timeout"), self.timeout_spin)
        self.add_row("inter_request_delay_s", self.tr("Pause between requests"), self.delay_spin)
        self.add_row("retries", self.tr("Retries"), self.retries_spin)
        self.add_row("enabled", "", self.enabled_check)
        self.kind_combo.currentIndexChanged.connect(self._show_kind_fields)
        self._show_kind_fields()
        run_query(self, list_serial_ports, self._ports_found)

    def kind(self) -> BusKind:
        return BusKind(self.kind_combo.currentData())

    def value(self) -> BusConfig:
        return replace(
            self._original,
            name=self.name_edit.text().strip(),
            name_en=self.name_en_edit.text().strip(),
            kind=self.kind(),
            host=self.host_edit.text().strip(),
            port=self.port_spin.value(),
            serial_port=self.serial_combo.currentText().strip(),
            baudrate=int(self.baud_combo.currentData()),
            parity=str(self.parity_combo.currentData()),
            stopbits=self.stopbits_spin.value(),
            bytesize=self.bytesize_spin.value(),
            timeout_s=self.timeout_spin.value(),
            inter_request_delay_s=self.delay_spin.value(),
            retries=self.retries_spin.value(),
            enabled=self.enabled_check.isChecked(),
        )

    def problems(self) -> list[Problem]:
        return bus_problems(self.value())

    @Slot()
    def _show_kind_fields(self) -> None:
        serial = self.kind().is_serial
        for field in ("serial_port", "baudrate", "parity", "stopbits", "bytesize"):
            self.set_row_visible(field, serial)
        for field in ("host", "port"):
            self.set_row_visible(field, not serial)

    def _ports_found(self, ports: tuple) -> None:
        typed = self.serial_combo.currentText()
        for port in ports:
            self.serial_combo.addItem(f"{port.device}", port.device)
            index = self.serial_combo.count() - 1
            self.serial_combo.setItemData(index, port.description, Qt.ItemDataRole.ToolTipRole)
        self.serial_combo.setEditText(typed)


def _spin(low: int, high: int, value: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setValue(value)
    return spin


def _seconds(low: float, high: float, value: float) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(low, high)
    spin.setDecimals(2)
    spin.setSingleStep(0.05)
    spin.setSuffix(" s")
    spin.setValue(value)
    return spin
