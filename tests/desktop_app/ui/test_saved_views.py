"""A trend view saved under a name brings back its measurements."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop_app.ui.context import AppContext
from desktop_app.ui.pages.trends import TrendsPage


def test_a_saved_view_restores_its_measurements(qtbot: QtBot, app_context: AppContext) -> None:
    page = TrendsPage(app_context)
    qtbot.addWidget(page)
    page.show_tags(("stack_so2", "stack_nox"))
    assert sorted(page.trend.series_keys()) == ["stack_nox", "stack_so2"]
    page.views.save("烟气")
    page.show_tags(("power_main_active_power",))
    assert page.trend.series_keys() == ["power_main_active_power"]

    again = TrendsPage(app_context)  # another visit: the view comes from the preferences
    qtbot.addWidget(again)
    assert again.views.combo.findText("烟气") > 0
    again.views.restore("烟气")
    assert sorted(again.trend.series_keys()) == ["stack_nox", "stack_so2"]
