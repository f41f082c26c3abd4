"""Instruments: buses → devices → tags, with each device's live communication health.

Addresses are shown both ways — 0-based PDU address and the manual's 3xxxx/4xxxx number —
because mixing the two is the most common commissioning error.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QPushButton, QTreeView

from desktop_app.services.configuration import Catalog
from desktop_app.ui.context import AppContext
from desktop_app.ui.dialogs.bus_monitor_dialog import BusMonitorDialog
from desktop_app.ui.dialogs.test_read_dialog import TestReadDialog
from desktop_app.ui.instrument_editor import InstrumentEditor
from desktop_app.ui.pages.base import Page
from domain.instruments import BusConfig, DeviceConfig, TagConfig
from domain.roles import Permission, role_allows
from drivers.device_health import DeviceHealth, DeviceState

BUTTONS = (
    "add_bus",
    "add_profile",
    "add_device",
    "add_tag",
    "edit",
    "toggle",
    "delete",
    "profiles",
    "test_read",
    "monitor",
)

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
        self.editor = InstrumentEditor(self, context)
        self.buttons: dict[str, QPushButton] = {}
        toolbar = QHBoxLayout()
        for key in BUTTONS:
            button = QPushButton(self)
            button.setMinimumHeight(40)
            button.clicked.connect(getattr(self, f"_on_{key}"))
            self.buttons[key] = button
            toolbar.addWidget(button)
        toolbar.addStretch(1)
        self.layout_.addLayout(toolbar)
        self.layout_.addWidget(self.tree, 1)
        self.tree.doubleClicked.connect(self._on_edit)
        self._device_rows: dict[int, list[QStandardItem]] = {}
        self._tag_info = {t.id: t for t in context.catalog.current.tags}
        context.catalog.changed.connect(self._on_catalog)
        context.session.actor_changed.connect(self._update_buttons)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.refresh_health)
        self._timer.start()
        self.retranslate()

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("Instruments"))
        texts = {
            "add_bus": self.tr("Add bus"),
            "add_profile": self.tr("Add from profile"),
            "profiles": self.tr("Profiles…"),
            "test_read": self.tr("Test read…"),
            "monitor": self.tr("Bus monitor…"),
            "add_device": self.tr("Add device"),
            "add_tag": self.tr("Add tag"),
            "edit": self.tr("Edit"),
            "toggle": self.tr("Enable/disable"),
            "delete": self.tr("Delete"),
        }
        for key, text in texts.items():
            self.buttons[key].setText(text)
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
        self.tree.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()
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
        return _items(
            self._pick(bus.name, bus.name_en),
            bus.endpoint,
            kind,
            _off(self, bus.enabled),
            "",
            "",
            "",
            key=("bus", bus.id),
        )

    def _device_row(self, device: DeviceConfig) -> list[QStandardItem]:
        return _items(
            self._pick(device.label or device.name, device.label_en),
            self.tr("unit %1").replace("%1", str(device.unit_id)),
            self.tr("every %1 s").replace("%1", f"{device.poll_interval_s:g}"),
            _off(self, device.enabled),
            "",
            "",
            "",
            key=("device", device.id),
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
        return _items(name, address, kind, _off(self, tag.enabled), "", "", "", key=("tag", tag.id))

    def _pick(self, chinese: str, english: str) -> str:
        return chinese if self.context.language.is_chinese or not english else english

    def selected(self) -> tuple[str, int] | None:
        indexes = self.tree.selectionModel().selectedRows(0) if self.tree.selectionModel() else []
        if not indexes:
            return None
        key = indexes[0].data(Qt.ItemDataRole.UserRole)
        return (str(key[0]), int(key[1])) if key else None

    def select(self, entity: str, entity_id: int) -> bool:
        for row in _walk(self.model.invisibleRootItem()):
            if row.data(Qt.ItemDataRole.UserRole) == (entity, entity_id):
                self.tree.setCurrentIndex(row.index())
                return True
        return False

    def _lookup(self) -> tuple[BusConfig | None, DeviceConfig | None, TagConfig | None]:
        selected = self.selected()
        if selected is None:
            return None, None, None
        entity, entity_id = selected
        for bus in self.context.catalog.current.buses:
            if entity == "bus" and bus.id == entity_id:
                return bus, None, None
            for device in bus.devices:
                if entity == "device" and device.id == entity_id:
                    return bus, device, None
                for tag in device.tags:
                    if entity == "tag" and tag.id == entity_id:
                        return bus, device, tag
        return None, None, None

    @Slot()
    def _update_buttons(self, *_args: object) -> None:
        allowed = self.editor.may_edit()
        bus, device, _tag = self._lookup()
        chosen = self.selected() is not None
        self.buttons["add_bus"].setEnabled(allowed)
        self.buttons["add_device"].setEnabled(allowed and bus is not None)
        self.buttons["add_profile"].setEnabled(allowed and bus is not None and bus.kind.is_modbus)
        self.buttons["profiles"].setEnabled(allowed)
        commissioning = role_allows(self.context.session.actor.role, Permission.RUN_ACQUISITION)
        modbus = bus is not None and bus.kind.is_modbus
        self.buttons["test_read"].setEnabled(commissioning and modbus)
        self.buttons["monitor"].setEnabled(commissioning and modbus)
        self.buttons["add_tag"].setEnabled(allowed and device is not None)
        for key in ("edit", "toggle", "delete"):
            self.buttons[key].setEnabled(allowed and chosen)
        hint = "" if allowed else self.tr("Sign in as an engineer to change instruments.")
        for key, button in self.buttons.items():
            if key not in ("test_read", "monitor"):
                button.setToolTip(hint)

    @Slot()
    def _on_add_bus(self) -> None:
        self.editor.add_bus()

    @Slot()
    def _on_add_profile(self) -> None:
        bus, _device, _tag = self._lookup()
        if bus is not None:
            self.editor.add_from_profile(bus)

    @Slot()
    def _on_test_read(self) -> None:
        bus, device, tag = self._lookup()
        if bus is not None:
            TestReadDialog(self.context, bus, device, tag, self).exec()

    @Slot()
    def _on_monitor(self) -> None:
        bus, _device, _tag = self._lookup()
        if bus is not None:
            BusMonitorDialog(self.context.runtime, bus, self).exec()

    @Slot()
    def _on_profiles(self) -> None:
        self.editor.manage_profiles()

    @Slot()
    def _on_add_device(self) -> None:
        bus, _device, _tag = self._lookup()
        if bus is not None:
            self.editor.add_device(bus)

    @Slot()
    def _on_add_tag(self) -> None:
        bus, device, _tag = self._lookup()
        if bus is not None and device is not None:
            self.editor.add_tag(bus, device)

    @Slot()
    def _on_edit(self, *_args: object) -> None:
        if not self.editor.may_edit():
            return
        bus, device, tag = self._lookup()
        if bus is not None and device is not None and tag is not None:
            info = self._tag_info.get(tag.id)
            self.editor.edit_tag(bus, device, tag, info.label_en if info else "")
        elif bus is not None and device is not None:
            self.editor.edit_device(bus, device)
        elif bus is not None:
            self.editor.edit_bus(bus)

    @Slot()
    def _on_toggle(self) -> None:
        bus, device, tag = self._lookup()
        target = tag or device or bus
        selected = self.selected()
        if target is not None and selected is not None:
            self.editor.set_enabled(selected[0], selected[1], not target.enabled)

    @Slot()
    def _on_delete(self) -> None:
        selected = self.selected()
        if selected is not None:
            name = self.tree.currentIndex().siblingAtColumn(0).data() or ""
            self.editor.delete(selected[0], selected[1], str(name))

    @Slot()
    def refresh_health(self) -> None:
        health = self.context.runtime.health()
        polled = {
            d.id
            for b in self.context.catalog.current.buses
            if b.enabled
            for d in b.devices
            if d.enabled
        }
        for device_id, row in self._device_rows.items():
            if device_id not in polled:
                continue
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


def _off(page: InstrumentsPage, enabled: bool) -> str:
    return "" if enabled else page.tr("Disabled")


def _items(*texts: str, key: tuple[str, int]) -> list[QStandardItem]:
    items = []
    for text in texts:
        item = QStandardItem(text)
        item.setEditable(False)
        items.append(item)
    items[0].setData(key, Qt.ItemDataRole.UserRole)
    items[1].setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return items


def _walk(parent: QStandardItem) -> list[QStandardItem]:
    rows = []
    for row in range(parent.rowCount()):
        child = parent.child(row, 0)
        rows.append(child)
        rows.extend(_walk(child))
    return rows
