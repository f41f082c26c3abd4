"""Instruments: buses → devices → tags, with each device's live communication health.

Addresses are shown both ways — 0-based PDU address and the manual's 3xxxx/4xxxx number —
because mixing the two is the most common commissioning error.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QTreeView

from desktop_app.services.configuration import Catalog
from desktop_app.ui.context import AppContext
from desktop_app.ui.pages.base import Page
from domain.instruments import BusConfig, DeviceConfig, TagConfig
from drivers.device_health import DeviceHealth, DeviceState

STATE_COLORS = {
    DeviceState.ONLINE: "#2e7d32",
    DeviceState.FAILING: "#ef6c00",
    DeviceState.OFFLINE: "#c62828",
    DeviceState.UNKNOWN: "#757575",
}


class InstrumentsPage(Page):
    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.model = QStandardItemModel(self)
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.layout_.addWidget(self.tree, 1)
        self._device_rows: dict[int, list[QStandardItem]] = {}
        self._tag_info = {t.id: t for t in context.catalog.current.tags}
        context.catalog.changed.connect(self._on_catalog)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.refresh_health)
        self._timer.start()
        self.retranslate()

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("Instruments"))
        self._rebuild()

    def _rebuild(self) -> None:
        self.model.clear()
        self._device_rows.clear()
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Address"),
                self.tr("Type"),
                self.tr("Status"),
                self.tr("Success rate"),
                self.tr("Latency"),
                self.tr("Last error"),
            ]
        )
        root = self.model.invisibleRootItem()
        for bus in self.context.catalog.current.buses:
            bus_row = self._bus_row(bus)
            root.appendRow(bus_row)
            for device in bus.devices:
                device_row = self._device_row(device)
                self._device_rows[device.id] = device_row
                bus_row[0].appendRow(device_row)
                for tag in device.tags:
                    device_row[0].appendRow(self._tag_row(tag))
        self.tree.expandToDepth(0)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.refresh_health()

    @Slot(object)
    def _on_catalog(self, catalog: Catalog) -> None:
        self._tag_info = {t.id: t for t in catalog.tags}
        self._rebuild()

    def _bus_row(self, bus: BusConfig) -> list[QStandardItem]:
        kind = {
            "modbus_tcp": self.tr("Modbus TCP"),
            "modbus_rtu": self.tr("Modbus RTU"),
            "modbus_rtu_over_tcp": self.tr("Modbus RTU over TCP"),
        }.get(bus.kind.value, bus.kind.value)
        return _items(self._pick(bus.name, bus.name_en), bus.endpoint, kind, "", "", "", "")

    def _device_row(self, device: DeviceConfig) -> list[QStandardItem]:
        return _items(
            self._pick(device.label or device.name, device.label_en),
            self.tr("unit %1").replace("%1", str(device.unit_id)),
            self.tr("every %1 s").replace("%1", f"{device.poll_interval_s:g}"),
            "",
            "",
            "",
            "",
        )

    def _tag_row(self, tag: TagConfig) -> list[QStandardItem]:
        address = (
            f"{tag.address} (0x{tag.address:04X}) · {tag.register_type.manual_number(tag.address)}"
        )
        kind = f"{tag.data_type.value} {tag.word_order.value}"
        if tag.scale != 1.0:
            kind += f" ×{tag.scale:g}"
        info = self._tag_info.get(tag.id)
        label = self.context.tag_label(info) if info else tag.label or tag.name
        name = f"{label} [{tag.unit}]" if tag.unit else label
        return _items(name, address, kind, "", "", "", "")

    def _pick(self, chinese: str, english: str) -> str:
        return chinese if self.context.language.is_chinese or not english else english

    @Slot()
    def refresh_health(self) -> None:
        health = self.context.runtime.health()
        for device_id, row in self._device_rows.items():
            self._show_health(row, health.get(device_id, DeviceHealth(device_id)))

    def _show_health(self, row: list[QStandardItem], health: DeviceHealth) -> None:
        states = {
            DeviceState.ONLINE: self.tr("Online"),
            DeviceState.FAILING: self.tr("Failing"),
            DeviceState.OFFLINE: self.tr("Offline"),
            DeviceState.UNKNOWN: self.tr("Waiting"),
        }
        row[3].setText(states[health.state])
        row[3].setForeground(QBrush(QColor(STATE_COLORS[health.state])))
        row[4].setText(f"{health.success_rate * 100:.1f} %" if health.polls else "—")
        row[5].setText(f"{health.last_latency_ms:.1f} ms" if health.polls else "—")
        row[6].setText(health.last_error or "")


def _items(*texts: str) -> list[QStandardItem]:
    items = []
    for text in texts:
        item = QStandardItem(text)
        item.setEditable(False)
        items.append(item)
    items[1].setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return items
