"""Add or edit a device on a bus: a Modbus unit, or a text instrument with its request and regex."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QCheckBox, QDoubleSpinBox, QLineEdit, QSpinBox, QWidget

from desktop_app.ui.dialogs.form_dialog import FormDialog
from domain.instrument_rules import Problem, device_problems
from domain.instruments import BusConfig, DeviceConfig

LINE_OPTIONS = ("request", "terminator", "regex", "encoding")


class DeviceDialog(FormDialog):
    def __init__(
        self, bus: BusConfig, device: DeviceConfig | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._bus = bus
        self._original = device or DeviceConfig(0, bus.id, "", 1)
        self.setWindowTitle(self.tr("Edit device") if device else self.tr("Add device"))
        self.name_edit = QLineEdit(self._original.name)
        self.label_edit = QLineEdit(self._original.label)
        self.label_en_edit = QLineEdit(self._original.label_en)
        self.unit_spin = QSpinBox()
        self.unit_spin.setRange(0, 255)
        self.unit_spin.setValue(self._original.unit_id)
        self.interval_spin = QDoubleSpinBox()
        self.interval_spin.setRange(0.1, 86_400)
        self.interval_spin.setDecimals(1)
        self.interval_spin.setSuffix(" s")
        self.interval_spin.setValue(self._original.poll_interval_s)
        self.enabled_check = QCheckBox(self.tr("Poll this device"))
        self.enabled_check.setChecked(self._original.enabled)
        self.add_row("name", self.tr("Name (key)"), self.name_edit)
        self.add_row("label", self.tr("Chinese label"), self.label_edit)
        self.add_row("label_en", self.tr("English label"), self.label_en_edit)
        self.option_edits: dict[str, QLineEdit] = {}
        if bus.kind.is_modbus:
            self.add_row("unit_id", self.tr("Modbus unit id"), self.unit_spin)
        else:
            captions = {
                "request": self.tr("Request (\\r \\n \\xNN allowed; empty: it streams)"),
                "terminator": self.tr("Line end"),
                "regex": self.tr("Regular expression with named groups"),
                "encoding": self.tr("Text encoding"),
            }
            defaults = {"terminator": "\\r\\n", "encoding": "ascii"}
            for key in LINE_OPTIONS:
                edit = QLineEdit(self._original.option(key, defaults.get(key, "")))
                self.option_edits[key] = edit
                self.add_row(key, captions[key], edit)
        self.add_row("poll_interval_s", self.tr("Poll interval"), self.interval_spin)
        self.add_row("enabled", "", self.enabled_check)

    def value(self) -> DeviceConfig:
        options = tuple(
            (key, edit.text()) for key, edit in self.option_edits.items() if edit.text()
        )
        return replace(
            self._original,
            bus_id=self._bus.id,
            name=self.name_edit.text().strip(),
            label=self.label_edit.text().strip(),
            label_en=self.label_en_edit.text().strip(),
            unit_id=self.unit_spin.value() if self._bus.kind.is_modbus else 0,
            poll_interval_s=self.interval_spin.value(),
            enabled=self.enabled_check.isChecked(),
            options=options if self.option_edits else self._original.options,
        )

    def problems(self) -> list[Problem]:
        return device_problems(self.value(), modbus=self._bus.kind.is_modbus)
