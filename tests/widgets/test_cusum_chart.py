"""CusumChart plots what it is given, leaves a gap (not a 0) for a missing period and writes
period starts as site-local dates; ScatterFit draws the line across every point."""

from __future__ import annotations

from datetime import UTC, datetime

import numpy as np
import pytest
from pytestqt.qtbot import QtBot

from widgets.cusum_chart import CusumChart, ScatterFit

WEEK = 7 * 86_400
# Monday 2026-11-02 00:00 in China (UTC+8) is Sunday 16:00 UTC.
MONDAY = datetime(2026, 11, 1, 16, tzinfo=UTC).timestamp()


def weeks(count: int) -> list[tuple[float, float]]:
    return [(MONDAY + i * WEEK, MONDAY + (i + 1) * WEEK) for i in range(count)]


def test_series_are_plotted_with_a_gap_for_a_missing_period(qtbot: QtBot) -> None:
    chart = CusumChart()
    qtbot.addWidget(chart)
    chart.resize(900, 500)
    chart.set_data(
        weeks(4),
        [900.0, None, 1000.0, 950.0],
        [1000.0, None, 1100.0, 1000.0],
        [100.0, None, 200.0, 250.0],
    )
    plotted = chart.plotted()
    x, actual = plotted["actual"]
    assert x[0] == pytest.approx(MONDAY + WEEK / 2)
    assert np.isnan(actual[1]) and actual[[0, 2, 3]] == pytest.approx([900.0, 1000.0, 950.0])
    x, cusum = plotted["cusum"]
    assert x[-1] == pytest.approx(MONDAY + 3.5 * WEEK)
    assert np.isnan(cusum[1]) and cusum[3] == 250.0
    assert np.isnan(plotted["expected"][1][1])
    for curve in (chart._actual, chart._expected, chart._cusum):
        assert curve.opts["connect"] == "finite"  # NaN breaks the line: a gap, not a 0
    assert chart.tick_labels()[0] == "2026-11-02"
    assert not chart.grab().toImage().isNull()


def test_many_days_get_thinned_date_ticks_and_months_their_own_labels(qtbot: QtBot) -> None:
    chart = CusumChart()
    qtbot.addWidget(chart)
    chart.resize(700, 400)
    chart.show()
    days = [(MONDAY + i * 86_400, MONDAY + (i + 1) * 86_400) for i in range(365)]
    values = [float(i) for i in range(365)]
    chart.set_data(days, values, values, values)
    labels = chart.tick_labels()
    assert 2 <= len(labels) < 20 and labels[0] == "2026-11-02"
    months = [(MONDAY, MONDAY + 30 * 86_400), (MONDAY + 30 * 86_400, MONDAY + 61 * 86_400)]
    chart.set_data(months, [1.0, 2.0], [1.0, 2.0], [0.0, 0.0])
    assert chart.tick_labels() == ["2026-11", "2026-12"]
    with pytest.raises(ValueError):
        chart.set_data(months, [1.0], [1.0, 2.0], [0.0, 0.0])


def test_an_empty_chart_says_so(qtbot: QtBot) -> None:
    chart = CusumChart()
    qtbot.addWidget(chart)
    assert chart._empty.isVisible() and chart._empty.toPlainText() == "No data"
    assert chart.plotted()["cusum"][1].size == 0


def test_scatter_with_the_fitted_line_across_all_points(qtbot: QtBot) -> None:
    scatter = ScatterFit()
    qtbot.addWidget(scatter)
    scatter.set_scatter(
        [10.0, 20.0, 30.0],
        [1400.0, 2300.0, 3200.0],
        500.0,
        90.0,
        report_production=[40.0],
        report_energy=[3500.0],
    )
    x, y = scatter.points()
    assert list(x) == [10.0, 20.0, 30.0] and list(y) == [1400.0, 2300.0, 3200.0]
    assert list(scatter.report_points()[0]) == [40.0]
    lx, ly = scatter.fitted_line()
    assert list(lx) == [10.0, 40.0] and list(ly) == pytest.approx([1400.0, 4100.0])
    scatter.set_scatter([], [], 0.0, 0.0)
    assert scatter.fitted_line()[0].size == 0
