"""The cumulative discounted cash-flow chart: round ticks, and no crash on a flat series."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from widgets.cash_flow_chart import CashFlowChart, nice_ticks


def test_ticks_are_round_and_cover_the_values_and_zero() -> None:
    assert nice_ticks(-275_000, 999_915) == [-500_000, 0.0, 500_000, 1_000_000]
    assert nice_ticks(3.0, 7.5) == [0.0, 2.0, 4.0, 6.0, 8.0]


def test_a_flat_series_draws_a_unit_axis(qtbot: QtBot) -> None:
    assert nice_ticks(0.0, 0.0) == [0.0, 1.0]
    chart = CashFlowChart()
    qtbot.addWidget(chart)
    chart.resize(420, 240)
    chart.set_data([0.0, 0.0, 0.0], unit="元")
    assert not chart.grab().isNull()  # painting a flat series used to divide by zero
