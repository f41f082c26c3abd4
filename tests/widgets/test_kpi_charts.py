"""Sparkline runs break at missing months; the target chart draws gaps and shows the target."""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF
from pytestqt.qtbot import QtBot

from widgets.sparkline import sparkline_points
from widgets.target_chart import TargetChart


def test_sparkline_scales_into_the_cell_and_breaks_at_gaps() -> None:
    runs = sparkline_points([1.0, 2.0, None, 4.0, 3.0], QRectF(0, 0, 40, 10))
    assert [len(r) for r in runs] == [2, 2]
    assert (runs[0][0].x(), runs[0][0].y()) == (0.0, 10.0)  # the lowest value at the bottom
    assert (runs[1][0].x(), runs[1][0].y()) == (30.0, 0.0)  # the highest at the top
    assert sparkline_points([None, None], QRectF(0, 0, 10, 10)) == []
    flat = sparkline_points([5.0, 5.0, 5.0], QRectF(0, 0, 10, 10))
    assert len(flat[0]) == 3 and all(math.isfinite(p.y()) for p in flat[0])


def test_target_chart_draws_months_with_a_gap_and_the_target(qtbot: QtBot) -> None:
    chart = TargetChart()
    qtbot.addWidget(chart)
    chart.resize(500, 300)
    chart.set_labels("Monthly value", "Planned path", "kgce/t")
    months = [1_790_000_000.0 + i * 2_600_000 for i in range(4)]
    chart.set_data(
        months, [120.0, None, 112.0, 110.0], [(months[0], 120.0), (months[3], 108.0)], 108.0
    )
    x, y = chart.plotted()
    assert x.tolist() == months
    assert math.isnan(y[1]) and y[3] == 110.0
    assert chart.target.isVisible() or chart.target.value() == 108.0
    low, high = chart._plot.viewRange()[1]
    assert low < 108.0 < 120.0 < high  # the target line is in view, not cut off
