"""The main window opens on the demo plant and live values arrive, in Chinese and English."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_app.services.users import create_user
from desktop_app.services.workflows import start_workflow
from desktop_app.ui.context import AppContext
from desktop_app.ui.main_window import PAGE_KEYS, MainWindow
from domain.quality import Quality
from domain.roles import SYSTEM, Actor, Role


def all_tags_have_values(window: MainWindow) -> bool:
    model = window.pages["overview"].model
    rows = model.rowCount()
    return rows > 0 and all(model.latest(model.tag_at(r).id) is not None for r in range(rows))


def test_demo_values_arrive_in_the_overview(qtbot: QtBot, app_context: AppContext) -> None:
    window = MainWindow(app_context)
    qtbot.addWidget(window)
    window.show()
    app_context.runtime.start()
    qtbot.waitUntil(lambda: all_tags_have_values(window), timeout=20_000)

    model = window.pages["overview"].model
    by_name = {model.tag_at(r).name: r for r in range(model.rowCount())}
    voltage = model.latest(model.tag_at(by_name["power_main_voltage_l1"]).id)
    assert voltage.quality is Quality.GOOD
    assert 200 < voltage.value < 260
    row = by_name["power_main_voltage_l1"]
    assert model.index(row, 0).data() == "A相电压"
    assert model.index(row, 2).data() == "V"
    assert model.index(row, 3).data() == "正常"
    assert window.nav.item(0).text() == "总览"

    app_context.language.switch("en")
    qtbot.waitUntil(lambda: window.nav.item(0).text() == "Overview", timeout=2000)
    assert model.index(row, 3).data() == "Good"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Value"
    assert window.pages["overview"].title_label.text() == "Overview"


def test_every_page_opens(qtbot: QtBot, app_context: AppContext) -> None:
    window = MainWindow(app_context)
    qtbot.addWidget(window)
    window.show()
    window.resize(800, 1280)  # a tablet held upright: pages scroll, the window still fits
    assert window.minimumSizeHint().width() <= 800
    for key in PAGE_KEYS:
        window.show_page(key)
        assert window.current_page() is window.pages[key]
        assert window.pages[key].title_label.text()


def test_signing_in_with_open_tasks_opens_my_tasks(qtbot: QtBot, app_context: AppContext) -> None:
    database = app_context.startup.database
    with database.transaction() as session:
        user = create_user(session, SYSTEM, "wang", "a long enough password", Role.ENGINEER,
                           department="能源管理部")  # fmt: skip
        values = {"source": "manual", "kpi_or_tag": "energy_per_unit", "limit_value": 118.0,
                  "actual_value": 125.0, "excess_kgce": 300.0}  # fmt: skip
        start_workflow(session, SYSTEM, "energy_over_limit", values)
    window = MainWindow(app_context)
    qtbot.addWidget(window)
    window.show()
    assert window.current_page() is window.pages["overview"]
    app_context.session.sign_in(Actor("wang", Role.ENGINEER, user.id))
    qtbot.waitUntil(lambda: window.current_page() is window.pages["tasks"], timeout=5000)
    app_context.session.sign_out()
    window.show_page("overview")
    app_context.session.sign_in(Actor("nobody-with-tasks", Role.VIEWER, user.id + 99))
    qtbot.wait(300)
    assert window.current_page() is window.pages["overview"]
