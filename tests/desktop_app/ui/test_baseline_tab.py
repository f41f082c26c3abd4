"""The baseline tab on the seeded demo plant: computes off the GUI thread, shows the model with
its units and quality, the savings and both charts; a baseline too short says why."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from desktop_app.services.demo_seed import seed_demo
from desktop_app.ui.baseline_tab import BaselineTab
from desktop_app.ui.context import AppContext

WAIT_MS = 20_000


def shown_tab(qtbot: QtBot, app_context: AppContext) -> tuple[BaselineTab, date, date]:
    summary = seed_demo(app_context.startup.database, 120, cleaner_production=False)
    assert summary.last_day is not None
    last = summary.last_day - timedelta(days=1)
    first = last - timedelta(days=27)
    tab = BaselineTab(app_context)
    qtbot.addWidget(tab)
    tab.resize(1280, 720)
    tab.show()
    return tab, first, last


def test_the_model_savings_and_charts_of_the_demo_plant(
    qtbot: QtBot, app_context: AppContext
) -> None:
    app_context.language.switch("en")
    tab, first, last = shown_tab(qtbot, app_context)
    tab.set_period(first, last)
    assert tab.status_label.text() == "Computing the energy baseline…"
    qtbot.waitUntil(lambda: "E = " in tab.summary_text(), timeout=WAIT_MS)
    text = tab.summary_text()
    assert "kgce/t" in text and "R² " in text and "CV(RMSE)" in text
    assert "Savings in the reporting period" in text and "tce" in text
    assert tab.status_label.text() == ""
    assert tab.outcome is not None and tab.outcome.analysis is not None
    analysis = tab.outcome.analysis
    # The default baseline: the 12 months before, cut to the first day with data.
    assert tab.outcome.baseline[1] == first - timedelta(days=1)
    assert tab.from_edit.date() > QDate(first.year - 1, first.month, first.day)
    _x, cusum = tab.chart.plotted()["cusum"]
    assert np.allclose(cusum[np.isfinite(cusum)], analysis.cusum)
    assert len(tab.scatter.points()[0]) == analysis.model.n
    labels = [tab.temperature_combo.itemText(i) for i in range(tab.temperature_combo.count())]
    assert labels[0] == "None (production only)" and len(labels) >= 2  # the demo's °C tags

    tab.temperature_combo.setCurrentIndex(1)  # degree-days join the model after the debounce
    qtbot.waitUntil(lambda: "HDD" in tab.summary_text(), timeout=WAIT_MS)
    assert tab.outcome.analysis is not None
    assert tab.outcome.analysis.model.degree_day_coefficient is not None


def test_a_baseline_too_short_says_why(qtbot: QtBot, app_context: AppContext) -> None:
    app_context.language.switch("en")
    tab, first, last = shown_tab(qtbot, app_context)
    tab.set_period(first, last)
    qtbot.waitUntil(lambda: "E = " in tab.summary_text(), timeout=WAIT_MS)
    start = first - timedelta(days=21)
    tab.from_edit.setDate(QDate(start.year, start.month, start.day))  # three weeks only
    qtbot.waitUntil(lambda: "Too few complete periods" in tab.summary_text(), timeout=WAIT_MS)
    assert tab.outcome is not None and tab.outcome.error is not None
    assert tab.outcome.error.code == "too_few_points"
    assert tab.chart.plotted()["cusum"][1].size == 0
    tab.set_period(first, last)  # the user's baseline stays when the page's period changes
    assert tab.from_edit.date() == QDate(start.year, start.month, start.day)


def test_a_hidden_tab_waits_until_it_is_shown(qtbot: QtBot, app_context: AppContext) -> None:
    tab, first, last = shown_tab(qtbot, app_context)
    tab.hide()
    tab.set_period(first, last)
    qtbot.wait(200)
    assert tab.outcome is None and tab.status_label.text() == ""
    tab.show()
    qtbot.waitUntil(lambda: "E = " in tab.summary_text(), timeout=WAIT_MS)
