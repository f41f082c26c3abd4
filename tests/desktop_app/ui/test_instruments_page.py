"""An engineer adds a bus, a device and a tag on the Instruments page; polling follows."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from desktop_app.ui.context import AppContext
from desktop_app.ui.dialogs.bus_dialog import BusDialog
from desktop_app.ui.dialogs.device_dialog import DeviceDialog
from desktop_app.ui.dialogs.tag_dialog import TagDialog
from desktop_app.ui.pages.instruments import InstrumentsPage
from domain.instruments import BusKind, DataType, RegisterType
from domain.roles import Actor, Role


def test_the_tag_dialog_links_pdu_address_and_manual_number(
    qtbot: QtBot, app_context: AppContext
) -> None:
    bus = app_context.catalog.current.buses[0]
    dialog = TagDialog(bus.devices[0], modbus=True)
    qtbot.addWidget(dialog)
    dialog.table_combo.setCurrentIndex(1)  # input registers
    dialog.address_spin.setValue(0x156)
    assert dialog.manual_spin.value() == 30343
    dialog.manual_spin.setValue(30001)
    assert dialog.address_spin.value() == 0
    dialog.name_edit.setText("power_main_total_energy")  # taken? validation is the service's
    dialog.type_combo.setCurrentText(DataType.BIT.value)
    dialog.bit_spin.setValue(3)
    tag = dialog.value()
    assert (tag.register_type, tag.data_type, tag.bit) == (
        RegisterType.INPUT_REGISTER,
        DataType.BIT,
        3,
    )


def test_the_tag_dialog_offers_counter_limits_only_for_counters(
    qtbot: QtBot, app_context: AppContext
) -> None:
    bus = app_context.catalog.current.buses[0]
    dialog = TagDialog(bus.devices[0], modbus=True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.max_rate_spin.isVisible()
    dialog.counter_check.setChecked(True)
    assert dialog.max_rate_spin.isVisible() and dialog.rollover_spin.isVisible()
    dialog.max_rate_spin.setValue(12.5)
    dialog.rollover_spin.setValue(99_999_999)
    tag = dialog.value()
    assert (tag.is_counter, tag.max_rate, tag.rollover) == (True, 12.5, 99_999_999)
    dialog.counter_check.setChecked(False)  # hidden limits are not kept for a plain value
    tag = dialog.value()
    assert (tag.is_counter, tag.max_rate, tag.rollover) == (False, None, None)


def test_the_bus_dialog_shows_problems_in_place(qtbot: QtBot, app_context: AppContext) -> None:
    dialog = BusDialog()
    qtbot.addWidget(dialog)
    dialog.kind_combo.setCurrentIndex(1)  # RTU
    dialog.name_edit.setText("Line 1")
    dialog.serial_combo.setEditText("ttyUSB0")
    dialog.try_accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog._problem_labels["serial_port"].isVisibleTo(dialog)
    dialog.serial_combo.setEditText("COM3")
    dialog.try_accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.value().kind is BusKind.MODBUS_RTU


def test_an_engineer_adds_a_tag_and_acquisition_reloads(
    qtbot: QtBot, app_context: AppContext, monkeypatch
) -> None:
    page = InstrumentsPage(app_context)
    qtbot.addWidget(page)
    page.show()
    assert not page.buttons["add_bus"].isEnabled(), "viewers may not edit"
    app_context.session.sign_in(Actor("admin", Role.ADMINISTRATOR, 1))
    assert page.buttons["add_bus"].isEnabled()
    meter = app_context.catalog.current.buses[0].devices[0]
    assert page.select("device", meter.id)

    def fill_and_accept(dialog: TagDialog) -> int:
        dialog.name_edit.setText("power_main_export_energy")
        dialog.label_edit.setText("反向有功电能")
        dialog.unit_edit.setText("kWh")
        dialog.table_combo.setCurrentIndex(1)
        dialog.address_spin.setValue(0x004A)
        dialog.counter_check.setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(TagDialog, "exec", fill_and_accept)
    with qtbot.waitSignal(app_context.catalog.changed, timeout=10_000):
        page.buttons["add_tag"].click()
    names = {t.name for t in app_context.catalog.current.tags}
    assert "power_main_export_energy" in names
    assert page.select(
        "tag",
        next(
            t.id for t in app_context.catalog.current.tags if t.name == "power_main_export_energy"
        ),
    )


def test_a_refused_change_is_explained(qtbot: QtBot, app_context: AppContext, monkeypatch) -> None:
    page = InstrumentsPage(app_context)
    qtbot.addWidget(page)
    app_context.session.sign_in(Actor("admin", Role.ADMINISTRATOR, 1))
    bus = app_context.catalog.current.buses[0]
    page.select("bus", bus.id)
    shown: list[str] = []
    monkeypatch.setattr(
        "desktop_app.ui.instrument_editor.QMessageBox.warning",
        lambda _parent, _title, text: shown.append(text),
    )

    def duplicate_unit(dialog: DeviceDialog) -> int:
        dialog.name_edit.setText("second_meter")
        dialog.unit_spin.setValue(bus.devices[0].unit_id)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(DeviceDialog, "exec", duplicate_unit)
    page.buttons["add_device"].click()
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert "站号" in shown[0]  # "unit id", in the default language


def test_a_device_is_added_from_a_profile_in_two_clicks(
    qtbot: QtBot, app_context: AppContext, monkeypatch
) -> None:
    from desktop_app.ui.dialogs.profile_picker import ProfilePickerDialog

    page = InstrumentsPage(app_context)
    qtbot.addWidget(page)
    app_context.session.sign_in(Actor("admin", Role.ADMINISTRATOR, 1))
    gateway = app_context.catalog.current.buses[0]
    page.select("bus", gateway.id)
    assert page.buttons["add_profile"].isEnabled()
    offered: list[str] = []

    def double_click_sdm120(dialog: ProfilePickerDialog) -> int:
        offered.extend(p.id for p in dialog._profiles)
        row = next(i for i, p in enumerate(dialog._profiles) if "sdm120" in p.id)
        dialog.list.setCurrentRow(row)
        assert dialog.unit_spin.value() not in {d.unit_id for d in gateway.devices}
        assert dialog.problems() == []
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ProfilePickerDialog, "exec", double_click_sdm120)
    with qtbot.waitSignal(app_context.catalog.changed, timeout=10_000):
        page.buttons["add_profile"].click()
    assert len(offered) >= 5
    bus = next(b for b in app_context.catalog.current.buses if b.id == gateway.id)
    added = next(d for d in bus.devices if d.profile and "sdm120" in d.profile)
    assert added.unit_id == 7 and len(added.tags) >= 5
    assert all(t.name.startswith(added.name + "_") for t in added.tags)
