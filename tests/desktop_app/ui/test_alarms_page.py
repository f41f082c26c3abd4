"""Alarms in the GUI: a live demo value raises an alarm, the banner shows it, an inspector
acknowledges it on the page, the history finds it, exports it and prints it to PDF."""

from __future__ import annotations

import csv
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from desktop_app.services.alarm_monitor import AlarmMonitor
from desktop_app.services.alarms import AlarmInfo, create_limit, list_limits, update_limit
from desktop_app.services.users import create_user
from desktop_app.ui.alarm_banner import AlarmBanner
from desktop_app.ui.alarm_bridge import AlarmBridge
from desktop_app.ui.context import AppContext
from desktop_app.ui.dialogs.alarm_limit_dialog import AlarmLimitDialog
from desktop_app.ui.models.alarm_models import AlarmLimitModel, AlarmTableModel
from desktop_app.ui.pages.alarms import AlarmsPage
from domain.alarms import AlarmKind, AlarmLimit, AlarmState
from domain.roles import SYSTEM, Actor, Role

POWER = "power_main_active_power"


@dataclass
class Alarms:
    monitor: AlarmMonitor
    bridge: AlarmBridge
    power_tag: int


@pytest.fixture
def alarms(app_context: AppContext) -> Iterator[Alarms]:
    """The wiring the main window does: monitor fed by the runtime, bridge to the GUI."""
    tag = next(t for t in app_context.catalog.current.tags if t.name == POWER)
    wired = getattr(app_context, "alarms", None)
    if isinstance(wired, AlarmBridge):  # the application's own monitor, once it is wired
        yield Alarms(wired.monitor, wired, tag.id)
        return
    monitor = AlarmMonitor(app_context.startup.database, tick_s=0.2)
    app_context.runtime.add_listener(monitor.push)
    bridge = AlarmBridge(monitor)
    monitor.start()
    yield Alarms(monitor, bridge, tag.id)
    bridge.stop()
    monitor.stop()


def _inspector(app_context: AppContext) -> Actor:
    with app_context.startup.database.transaction() as session:
        info = create_user(session, SYSTEM, "li", "password-123", Role.INSPECTOR, "李工")
    return Actor(info.name, info.role, info.id)


def test_a_live_alarm_is_shown_acknowledged_found_exported_and_printed(
    qtbot: QtBot, app_context: AppContext, alarms: Alarms, tmp_path: Path, monkeypatch
) -> None:
    with app_context.startup.database.transaction() as session:
        low = AlarmLimit(0, alarms.power_tag, AlarmKind.HI, 100.0, priority=1, message="功率测试")
        demo = next(
            (
                lim
                for lim in list_limits(session)
                if lim.tag_id == alarms.power_tag and lim.kind is AlarmKind.HI
            ),
            None,
        )
        for other in list_limits(session):  # the demo's other limits would raise at random
            if other is not demo and other.enabled:
                update_limit(session, SYSTEM, replace(other, enabled=False))
        if demo is None:
            limit_id = create_limit(session, SYSTEM, low)
        else:  # the demo plant's own contracted-demand limit, lowered so it trips now
            limit_id = demo.id
            update_limit(session, SYSTEM, replace(low, id=demo.id))
    inspector = _inspector(app_context)
    alarms.monitor.reload()
    page = AlarmsPage(app_context, alarms.bridge)
    banner = AlarmBanner(alarms.bridge, app_context.language)
    qtbot.addWidget(page)
    qtbot.addWidget(banner)
    page.show()
    banner.show_snapshot(alarms.bridge.current)
    assert banner.isHidden(), "nothing open: no banner"

    app_context.runtime.start()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=20_000)
    alarm = page.model.alarm_at(0)
    assert (alarm.kind, alarm.state, alarm.message) == (
        AlarmKind.HI,
        AlarmState.ACTIVE_UNACKNOWLEDGED,
        "功率测试",
    )
    assert not banner.isHidden() and banner.urgent_priority == 1
    assert "功率测试" in banner.newest_label.text()
    assert "P1 1" in banner.count_label.text(), "unacknowledged alarms by priority"

    assert page.select(alarm.id)
    assert not page.ack_button.isEnabled(), "viewers may not acknowledge"
    app_context.session.sign_in(inspector)
    assert page.ack_button.isEnabled()
    monkeypatch.setattr(page, "ask_comment", lambda _count: ("已通知运行人员降负荷", True))
    with qtbot.waitSignal(page.acknowledged, timeout=10_000):
        page.ack_button.click()
    qtbot.waitUntil(
        lambda: page.model.rowCount() == 1 and page.model.alarm_at(0).state.is_acknowledged,
        timeout=10_000,
    )
    assert "P1" not in banner.count_label.text(), "still active, no longer waiting"
    assert not banner.isHidden() and alarms.bridge.current.unacknowledged == ()
    assert not page.ack_button.isEnabled()

    # An engineer raises the limit above the plant's load: the alarm clears, the banner goes.
    app_context.session.sign_in(Actor("admin", Role.ADMINISTRATOR, 1))
    limits = page.limits
    qtbot.waitUntil(lambda: limits.model.rowCount() >= 1, timeout=5000)
    assert limits.select(limit_id)

    def raise_limit(dialog: AlarmLimitDialog) -> int:
        dialog.setpoint_spin.setValue(5000.0)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AlarmLimitDialog, "exec", raise_limit)
    with qtbot.waitSignal(limits.saved, timeout=10_000):
        limits.edit_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=15_000)
    assert banner.isHidden()
    assert limits.model.limit_at(limits.model.row_of(limit_id)).setpoint == 5000.0

    history = page.history
    history.text_edit.setText("总有功功率")
    with qtbot.waitSignal(history.loaded, timeout=10_000):
        history.search_button.click()
    (found,) = history.model.rows()
    assert found.state is AlarmState.CLEARED
    assert (found.acked_by_name, found.ack_comment) == ("li", "已通知运行人员降负荷")
    history.person_edit.setText("nobody")
    with qtbot.waitSignal(history.loaded, timeout=10_000):
        history.search()
    assert history.model.rowCount() == 0
    history.person_edit.setText("li")
    with qtbot.waitSignal(history.loaded, timeout=10_000):
        history.search()

    _export_and_read_back(qtbot, history, tmp_path, monkeypatch, found)
    _print_to_pdf(history, tmp_path, monkeypatch)


def _export_and_read_back(qtbot: QtBot, history, tmp_path: Path, monkeypatch, found) -> None:
    targets = iter([tmp_path / "alarms.csv", tmp_path / "alarms.xlsx"])
    monkeypatch.setattr(history, "ask_save_path", lambda *_args: next(targets))
    with qtbot.waitSignal(history.exported, timeout=10_000):
        history.csv_button.click()
    with (tmp_path / "alarms.csv").open(encoding="utf-8-sig", newline="") as handle:
        header, row = list(csv.reader(handle))
    assert len(header) == 14 and row[4].endswith(f"({POWER})")
    assert row[11:13] == ["li", "已通知运行人员降负荷"]
    with qtbot.waitSignal(history.exported, timeout=10_000):
        history.xlsx_button.click()
    sheet = load_workbook(tmp_path / "alarms.xlsx").active
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) == 2 and rows[1][11] == "li"
    assert rows[1][7] == pytest.approx(found.value), "a number, not text"


def _print_to_pdf(history, tmp_path: Path, monkeypatch) -> None:
    pdf = tmp_path / "alarms.pdf"

    def to_pdf(printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(pdf))
        return True

    monkeypatch.setattr(history, "ask_printer", to_pdf)
    history.print_button.click()
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 1000
    try:
        text = subprocess.run(
            ["pdftotext", str(pdf), "-"], capture_output=True, text=True, timeout=30
        ).stdout
    except FileNotFoundError:
        return
    assert "已通知运行人员降负荷" in "".join(text.split()), "Chinese text is embedded"


def test_engineers_add_limits_and_problems_show_in_place(
    qtbot: QtBot, app_context: AppContext, alarms: Alarms, monkeypatch
) -> None:
    page = AlarmsPage(app_context, alarms.bridge)
    qtbot.addWidget(page)
    limits = page.limits
    assert not limits.add_button.isEnabled()
    app_context.session.sign_in(Actor("admin", Role.ADMINISTRATOR, 1))
    assert limits.add_button.isEnabled()

    dialog = AlarmLimitDialog(app_context.catalog.current.tags, (), chinese=True)
    qtbot.addWidget(dialog)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(AlarmKind.STALE.value))
    dialog.setpoint_spin.setValue(0.0)
    dialog.try_accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog._problem_labels["setpoint"].isVisibleTo(dialog)
    assert not dialog._rows["deadband"][1].isVisibleTo(dialog), "stale data has no deadband"

    def add_comm_loss(dialog: AlarmLimitDialog) -> int:
        dialog.tag_combo.setCurrentIndex(dialog.tag_combo.findData(alarms.power_tag))
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(AlarmKind.COMM_LOSS.value))
        dialog.on_delay_spin.setValue(10.0)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AlarmLimitDialog, "exec", add_comm_loss)
    with qtbot.waitSignal(limits.saved, timeout=10_000):
        limits.add_button.click()

    def added() -> list:
        rows = (limits.model.limit_at(r) for r in range(limits.model.rowCount()))
        return [
            lim
            for lim in rows
            if lim.tag_id == alarms.power_tag and lim.kind is AlarmKind.COMM_LOSS
        ]

    qtbot.waitUntil(lambda: bool(added()), timeout=5000)
    stored = added()[0]
    assert (stored.kind, stored.on_delay_s, stored.tag_id) == (
        AlarmKind.COMM_LOSS,
        10.0,
        alarms.power_tag,
    )


def test_the_models_keep_qt_contracts(qtmodeltester, app_context: AppContext) -> None:
    alarm = AlarmInfo(
        1, 2, 3, "t", "测点", "tag", "kW", AlarmKind.HI, 2, 10.0,
        AlarmState.ACTIVE_UNACKNOWLEDGED, 1000, None, None, None, None, 12.0, 13.0, "", "",
    )  # fmt: skip
    model = AlarmTableModel()
    model.set_rows([alarm, replace(alarm, id=2, state=AlarmState.CLEARED, kind=AlarmKind.STALE)])
    qtmodeltester.check(model)
    assert model.index(0, 8).data() == "10.00 kW"
    assert "测点" in model.index(0, 5).data()
    limits = AlarmLimitModel(app_context.catalog.current.tags)
    limits.set_rows([AlarmLimit(1, 3, AlarmKind.RATE_OF_CHANGE, 5.0, enabled=False)])
    qtmodeltester.check(limits)
