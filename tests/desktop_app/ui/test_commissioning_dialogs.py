"""Test read and bus monitor on the running demo plant, as an engineer commissioning a meter."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop_app.ui.context import AppContext
from desktop_app.ui.dialogs.bus_monitor_dialog import BusMonitorDialog
from desktop_app.ui.dialogs.test_read_dialog import TestReadDialog
from domain.roles import Actor, Role

ENGINEER = Actor("wang", Role.ENGINEER, 2)


def meter_voltage(context: AppContext):
    bus = context.catalog.current.buses[0]
    meter = bus.devices[0]
    tag = next(t for t in meter.tags if t.name == "power_main_voltage_l1")
    return bus, meter, tag


def test_a_test_read_shows_registers_and_every_word_order(
    qtbot: QtBot, app_context: AppContext
) -> None:
    app_context.session.sign_in(ENGINEER)
    app_context.runtime.start()
    bus, meter, tag = meter_voltage(app_context)
    dialog = TestReadDialog(app_context, bus, meter, tag)
    qtbot.addWidget(dialog)
    assert dialog.function_combo.currentData() == 4 and dialog.count_spin.value() == 2
    assert "30001" in dialog.manual_label.text()
    dialog.read_button.click()
    qtbot.waitUntil(lambda: dialog.last is not None, timeout=10_000)
    assert dialog.last.ok, dialog.status_label.text()
    assert dialog.registers.rowCount() == 2
    by_order = {
        dialog.orders.item(r, 0).text(): dialog.orders.item(r, 1).text()
        for r in range(dialog.orders.rowCount())
    }
    assert 200 < float(by_order["ABCD"]) < 260
    assert "TX" in dialog.frames.toPlainText() and "RX" in dialog.frames.toPlainText()


def test_a_viewer_may_not_talk_to_devices(qtbot: QtBot, app_context: AppContext) -> None:
    bus, meter, tag = meter_voltage(app_context)
    dialog = TestReadDialog(app_context, bus, meter, tag)
    qtbot.addWidget(dialog)
    dialog.read_button.click()
    qtbot.waitUntil(lambda: dialog.read_button.isEnabled(), timeout=5000)
    assert dialog.last is None
    assert "viewer" in dialog.status_label.text()


def test_the_bus_monitor_shows_frames_only_while_open(
    qtbot: QtBot, app_context: AppContext
) -> None:
    app_context.runtime.start()
    bus, _meter, _tag = meter_voltage(app_context)
    qtbot.waitUntil(
        lambda: app_context.runtime.engine.modbus_poller(bus.id) is not None, timeout=5000
    )
    dialog = BusMonitorDialog(app_context.runtime, bus)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: " RX " in dialog.view.toPlainText(), timeout=10_000)
    assert " TX " in dialog.view.toPlainText()
    poller = app_context.runtime.engine.modbus_poller(bus.id)
    dialog.close()
    assert not poller._monitor.enabled
