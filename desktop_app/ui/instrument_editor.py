"""The Instruments page's edit actions: open a dialog, run the service off the GUI thread,
report the outcome, and reload acquisition. Pages stay free of business rules."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from desktop_app.services import instruments as service
from desktop_app.services import profiles
from desktop_app.ui.context import AppContext
from desktop_app.ui.dialogs.bus_dialog import BusDialog
from desktop_app.ui.dialogs.device_dialog import DeviceDialog
from desktop_app.ui.dialogs.profile_picker import ProfilePickerDialog
from desktop_app.ui.dialogs.profiles_dialog import ProfilesDialog
from desktop_app.ui.dialogs.tag_dialog import TagDialog
from desktop_app.ui.problem_text import error_text
from desktop_app.ui.run_query import run_query
from domain.instruments import BusConfig, DeviceConfig, TagConfig
from domain.roles import Actor, Permission, role_allows


class InstrumentEditor(QObject):
    saved = Signal(str, int)
    """(entity, id) after a change was committed and acquisition reloaded."""

    def __init__(self, owner: QWidget, context: AppContext) -> None:
        super().__init__(owner)
        self._owner = owner
        self._context = context

    def may_edit(self) -> bool:
        return role_allows(self._context.session.actor.role, Permission.CONFIGURE_INSTRUMENTS)

    def add_bus(self) -> None:
        dialog = BusDialog(parent=self._owner)
        if dialog.exec():
            bus = dialog.value()
            self._write("bus", lambda s, a: service.create_bus(s, a, bus))

    def edit_bus(self, bus: BusConfig) -> None:
        dialog = BusDialog(bus, parent=self._owner)
        if dialog.exec():
            changed = dialog.value()
            self._write("bus", lambda s, a: _same_id(service.update_bus(s, a, changed), bus.id))

    def add_device(self, bus: BusConfig) -> None:
        dialog = DeviceDialog(bus, parent=self._owner)
        if dialog.exec():
            device = dialog.value()
            self._write("device", lambda s, a: service.create_device(s, a, device))

    def edit_device(self, bus: BusConfig, device: DeviceConfig) -> None:
        dialog = DeviceDialog(bus, device, parent=self._owner)
        if dialog.exec():
            changed = dialog.value()
            self._write(
                "device", lambda s, a: _same_id(service.update_device(s, a, changed), device.id)
            )

    def add_from_profile(self, bus: BusConfig) -> None:
        data_dir = self._context.startup.database.data_dir
        run_query(
            self,
            lambda: profiles.list_profiles(data_dir),
            lambda catalog: self._pick_profile(bus, catalog),
            self._failed,
        )

    def _pick_profile(self, bus: BusConfig, catalog: profiles.ProfileCatalog) -> None:
        taken_units = {d.unit_id for d in bus.devices}
        taken_names = {d.name for b in self._context.catalog.current.buses for d in b.devices}
        dialog = ProfilePickerDialog(
            catalog, taken_units, taken_names, self._context.language.is_chinese, self._owner
        )
        if not dialog.exec():
            return
        profile, unit_id, name, label = dialog.value()
        if profile is not None:
            self._write(
                "device",
                lambda s, a: profiles.add_device_from_profile(
                    s, a, bus.id, profile, unit_id, name, label
                ),
            )

    def manage_profiles(self) -> None:
        ProfilesDialog(self._context, self._owner).exec()

    def add_tag(self, bus: BusConfig, device: DeviceConfig) -> None:
        dialog = TagDialog(device, bus.kind.is_modbus, parent=self._owner)
        if dialog.exec():
            tag, label_en = dialog.value(), dialog.label_en()
            self._write("tag", lambda s, a: service.create_tag(s, a, tag, label_en))

    def edit_tag(self, bus: BusConfig, device: DeviceConfig, tag: TagConfig, label_en: str) -> None:
        dialog = TagDialog(device, bus.kind.is_modbus, tag, label_en, parent=self._owner)
        if dialog.exec():
            changed, english = dialog.value(), dialog.label_en()
            self._write(
                "tag", lambda s, a: _same_id(service.update_tag(s, a, changed, english), tag.id)
            )

    def set_enabled(self, entity: str, entity_id: int, enabled: bool) -> None:
        self._write(
            entity,
            lambda s, a: _same_id(service.set_enabled(s, a, entity, entity_id, enabled), entity_id),
        )

    def delete(self, entity: str, entity_id: int, name: str) -> None:
        reason, ok = QInputDialog.getText(
            self._owner,
            self.tr("Delete"),
            self.tr(
                "Delete %1? Tags with stored readings cannot be deleted, only disabled.\n"
                "Reason (kept in the change log):"
            ).replace("%1", name),
        )
        if not ok or not reason.strip():
            return
        remove: dict[str, Callable[..., None]] = {
            "bus": service.delete_bus,
            "device": service.delete_device,
            "tag": service.delete_tag,
        }
        self._write(
            entity,
            lambda s, a: _same_id(remove[entity](s, a, entity_id, reason.strip()), entity_id),
        )

    def _write(self, entity: str, change: Callable[[Any, Actor], int]) -> None:
        database, actor = self._context.startup.database, self._context.session.actor

        def run() -> int:
            with database.transaction() as session:
                return change(session, actor)

        run_query(self, run, lambda entity_id: self._done(entity, entity_id), self._failed)

    def _done(self, entity: str, entity_id: int) -> None:
        self._context.catalog.refresh()
        self.saved.emit(entity, entity_id)

    def _failed(self, error: BaseException) -> None:
        QMessageBox.warning(self._owner, self.tr("Not saved"), error_text(error))


def _same_id(_result: None, entity_id: int) -> int:
    return entity_id
