"""The site trends chart: a line per site with months along the bottom, a month without a value
drawn as a gap (never 0), each site in its stable colour, and the caller's sentence when no site
has a value."""

from __future__ import annotations

from datetime import date

import numpy as np

from widgets.chart_palette import stable_colors
from widgets.site_trends_chart import SiteSeries, SiteTrendsChart, month_seconds

MONTHS = tuple(date(2026, m, 1) for m in range(1, 13))


def test_a_missing_month_is_a_gap_and_sites_keep_their_colours(qtbot) -> None:
    chart = SiteTrendsChart()
    qtbot.addWidget(chart)
    chart.set_texts("kgce/t", "No data")
    values = (None, 120.0, 118.5, None, *(110.0,) * 8)
    steady = SiteSeries("PLANT02", MONTHS, (95.0,) * 12)
    chart.set_series([SiteSeries("PLANT01", MONTHS, values), steady])
    first = chart._curves[0]
    x, y = first.xData, first.yData
    assert x[1] == month_seconds(date(2026, 2, 1))
    assert np.isnan(y[0]) and np.isnan(y[3]) and y[1] == 120.0
    colours = [c.opts["pen"].color().name() for c in chart._curves]
    assert colours == stable_colors(["PLANT01", "PLANT02"])
    assert chart.plotted()["PLANT01"] == list(values)
    assert chart.empty_text() == ""


def test_no_value_at_all_shows_the_sentence(qtbot) -> None:
    chart = SiteTrendsChart()
    qtbot.addWidget(chart)
    chart.set_texts("%", "No site has a value")
    chart.set_series([SiteSeries("PLANT01", MONTHS, (None,) * 12)])
    assert chart.empty_text() == "No site has a value"
    chart.set_series([SiteSeries("PLANT01", MONTHS, (1.0,) * 12)])
    assert chart.empty_text() == ""
